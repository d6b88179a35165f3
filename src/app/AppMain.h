#pragma once

#include <functional>

class QWidget;

namespace strongtrust::app {

// Starts the window and runs the event loop; returns the exit status.
int runApplication(int &argc, char **argv);

// Runs `then` once `window` has painted its first frame: work that can wait
// until the user sees the window.
void afterFirstPaint(QWidget *window, std::function<void()> then);

} // namespace strongtrust::app
