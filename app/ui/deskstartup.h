#pragma once

class QApplication;

namespace lapor {

// Parses the command line, opens the profile and its store, and shows the main
// window. Returns the process exit code.
int runDesk(QApplication &app);

} // namespace lapor
