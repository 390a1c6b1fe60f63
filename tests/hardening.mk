# tests/hardening: faults, hostile input, injection (owned by the hardening work)
