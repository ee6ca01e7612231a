"""The pass/fail bookkeeping the external check scripts share: one line per check, then
'N passed, N failed' last (the line CI reads) and an exit code."""
import sys

passed, failed = 0, 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name}: {detail}")


def finish():
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
