"""The rules' words, one module per criterion: `admin`, `schedule`, `documents`, `supporting_data`,
`aspects`, `innovation`, `video` (a subpackage where a criterion passes ~250 lines).

Each module's `RULES` maps a rule ID to its `RuleWords`: the title, the
messages its findings use (both languages) and the Indonesian of its
docstring. A rule's English documentation is its docstring, so it is written
once. `kipp_check.i18n` reads a module only when a key of its criterion is
asked for: `rule.<ID>` by the ID's prefix, a message by its first word
(`adm.`, `jdw.`, `dok.`, `dd.`, `asp.`, `kri.`, `vid.`, and the older
`hint.`, `active.`, `cross.`); a new rule's message keys start with its
criterion's word.
"""
