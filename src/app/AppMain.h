#pragma once

namespace strongtrust::app {

// Starts the window and runs the event loop; returns the exit status.
int runApplication(int &argc, char **argv);

} // namespace strongtrust::app
