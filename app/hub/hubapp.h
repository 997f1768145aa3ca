#pragma once

namespace lapor::hub {

// laporhub's command line: parse, prepare the data folder, listen, serve.
int runHub(int argc, char **argv);

} // namespace lapor::hub
