"""Headless Chromium driven over the DevTools protocol, for the HTML report's browser tests.

No third-party driver: Chromium speaks CDP over a pair of pipes when started
with `--remote-debugging-pipe` (it reads commands on fd 3 and writes replies
on fd 4, each a JSON object ended by a NUL byte). One reader thread collects
what the browser sends; commands wait for the reply with their id, and
events (script exceptions, console and CSP messages, page loads) are kept in
order so a test can assert that none of them was an error.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--window-size=1280,900",
    "--remote-debugging-pipe",
)
TIMEOUT = 30.0
_TRAMPOLINE = """
import fcntl, os, sys
commands, replies = (fcntl.fcntl(int(fd), fcntl.F_DUPFD, 10) for fd in sys.argv[1:3])
os.dup2(commands, 3)
os.dup2(replies, 4)
os.execv(sys.argv[3], sys.argv[3:])
"""


def find_chromium() -> str | None:
    """The browser to test with: `$KIPP_TEST_BROWSER`, else the first Chromium on PATH."""
    chosen = os.environ.get("KIPP_TEST_BROWSER")
    if chosen:
        return chosen
    return next((found for name in CANDIDATES if (found := shutil.which(name))), None)


class BrowserError(RuntimeError):
    """The browser answered a command with an error, or did not answer in time."""


class Browser:
    """One headless Chromium process and one page (tab) in it."""

    def __init__(self, executable: str, profile: Path) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The pipes must be fd 3 and 4 in the browser: a small Python trampoline moves
        # them there (a POSIX shell only redirects fds 0-9) and replaces itself.
        command = [executable, *FLAGS, f"--user-data-dir={profile}"]
        self._process = subprocess.Popen(
            [sys.executable, "-c", _TRAMPOLINE, str(to_browser_r), str(from_browser_w), *command],
            pass_fds=(to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_no_address_space_cap,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self._command("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self._command("Target.attachToTarget", {"targetId": target, "flatten": True})
        self._session: str = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run a command in the page and return its result."""
        return self._command(method, params or {}, session=self._session)

    def open(self, url: str) -> None:
        """Load `url` and wait until its load event has fired (scripts have run)."""
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self._wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (returned as JSON)."""
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in reply:
            raise BrowserError(f"{expression!r} threw: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def wait_until(self, condition: str, seconds: float = 5.0) -> None:
        """Poll a JavaScript condition until it holds (for work the page does later)."""
        deadline = time.monotonic() + seconds
        while not self.evaluate(condition):
            if time.monotonic() > deadline:
                raise BrowserError(f"{condition!r} still false after {seconds} s")
            time.sleep(0.05)

    def click(self, selector: str) -> None:
        """A real mouse click (press and release) in the middle of the element's first box."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'start'}); const r = e.getClientRects()[0];"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1},
            )

    def type_into(self, selector: str, text: str) -> None:
        """Click into a field and type `text` as the keyboard would."""
        self.click(selector)
        self.send("Input.insertText", {"text": text})

    def pdf(self) -> bytes:
        """The page printed as the browser's print dialog would, honouring `@page`."""
        reply = self.send("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
        return base64.b64decode(reply["data"])

    def problems(self) -> list[str]:
        """Script exceptions, console errors and CSP refusals seen since the last `open`."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params["exceptionDetails"], sort_keys=True))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(json.dumps(params.get("args"), sort_keys=True))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def close(self) -> None:
        """Ask the browser to quit; kill it if it does not."""
        try:
            self._command("Browser.close", {}, wait=False)
            self._process.wait(timeout=10)
        except (BrowserError, OSError, subprocess.TimeoutExpired):
            self._process.kill()
            self._process.wait(timeout=10)
        finally:
            os.close(self._to_browser)

    def _command(
        self,
        method: str,
        params: dict[str, Any],
        session: str | None = None,
        wait: bool = True,
    ) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode("utf-8") + b"\0")
        if not wait:
            return {}
        reply = self._wait(lambda m: m.get("id") == self._next_id, method)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def _wait_for(self, event: str) -> None:
        self._wait(lambda m: m.get("method") == event and "id" not in m, event)

    def _wait(self, wanted: Any, what: str) -> dict[str, Any]:
        while True:
            try:
                message = self._inbox.get(timeout=TIMEOUT)
            except queue.Empty:
                raise BrowserError(f"no answer to {what} within {TIMEOUT} s") from None
            if message is None:
                raise BrowserError(f"the browser closed its pipe while waiting for {what}")
            if "method" in message:
                self.events.append(message)
            if wanted(message):
                return message

    def _read(self) -> None:
        pending = b""
        with os.fdopen(self._from_browser, "rb", buffering=0) as stream:
            while chunk := stream.read(65536):
                pending += chunk
                *messages, pending = pending.split(b"\0")
                for raw in messages:
                    self._inbox.put(json.loads(raw))
        self._inbox.put(None)


def _no_address_space_cap() -> None:
    """Chromium reserves far more address space than it uses: lift a cap this process inherited.

    `kipp-check check` caps its own address space (`kipp_check.pipeline.budget`); a test that
    ran it in this interpreter leaves the cap behind, and Chromium would not start.
    """
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
