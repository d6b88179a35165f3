#pragma once

#include <QEvent>
#include <QObject>

#include <atomic>

// Counts the paints of the widgets it is installed on: a benchmark waits for
// the count to move to know that the screen shows the change.
class PaintCounter : public QObject
{
public:
    std::atomic<int> paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
