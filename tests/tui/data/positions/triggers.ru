# Russian triggers for the screen tests (frozen; see tests/tui/data/README).
talks	+	переговор*
nato	+	расширени* нато
