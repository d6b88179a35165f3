#pragma once

#include "framework/Framework.h"

#include <QMainWindow>

namespace strongtrust::app {

class FrameworkNavigator;
class IndicatorView;

// Assembles the window: menus, the navigator and the pages. Decides nothing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Framework framework, QWidget *parent = nullptr);

    const Framework &framework() const { return m_framework; }

private:
    void createMenus();
    void showAbout();

    Framework m_framework;
    FrameworkNavigator *m_navigator;
    IndicatorView *m_detail;
};

} // namespace strongtrust::app
