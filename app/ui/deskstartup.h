#pragma once

class QApplication;
class QCoreApplication;

namespace lapor {

// Parses the command line, opens the profile and its store, and shows the main
// window. Returns the process exit code.
int runDesk(QApplication &app);

// True when the command line asks for --help or --version. main() then answers with a
// QCoreApplication, so that works where no display exists (a server, a CI machine).
bool isInfoRequest(int argc, char *argv[]);
// Prints the help or the version text and exits.
int answerInfoRequest(QCoreApplication &app);

} // namespace lapor
