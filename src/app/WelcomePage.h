#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace strongtrust::app {

// What the window shows with no workbook open: start one, open one, or open
// the sample to see the product working at once.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &files);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
    QLabel *m_recentLabel;
};

} // namespace strongtrust::app
