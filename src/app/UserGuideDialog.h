#pragma once

#include <QDialog>

class QTextBrowser;

namespace strongtrust::app {

// Help ▸ User Guide: docs/user-guide.md, compiled into the application with
// its pictures and the documents it links to, rendered as it reads on screen.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    void fitImages();

    QTextBrowser *m_browser;
};

} // namespace strongtrust::app
