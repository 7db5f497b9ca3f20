"""The pipeline that checks proposals: one proposal's run, the engine that runs the
rules, findings, the report's rows, waivers, policy, deadlines and the time budget.
"""
