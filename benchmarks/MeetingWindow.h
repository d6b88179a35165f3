#pragma once

#include "SyntheticWorkbook.h"
#include "app/DialogProvider.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "framework/FrameworkLoader.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The window in meeting mode on a synthetic workbook of 15 trustees and two
// periods: what the benchmarks of a rating reaching the screen start from.
struct MeetingWindow {
    QTemporaryDir dir;
    strongtrust::app::WidgetDialogProvider dialogs;
    std::unique_ptr<strongtrust::app::MainWindow> window;

    // Nullptr when the window shows the workbook; otherwise why not.
    const char *open()
    {
        using namespace strongtrust;
        synthetic::Spec spec;
        spec.periods = 2;
        spec.trustees = 15;
        const QString path = dir.filePath(QStringLiteral("bench.strongtrust"));
        if (!synthetic::buildWorkbook(
                path, QStringLiteral("Trust"), FrameworkLoader::builtIn(), spec))
            return "cannot build the workbook";
        // Opening asks once for the name the audit trail records; answer it
        // beforehand, so that no dialog waits for a person.
        app::Settings::auditName.set(QStringLiteral("Clerk"));
        window = std::make_unique<app::MainWindow>(&dialogs);
        window->show();
        window->openWorkbook(path);
        window->setMeetingMode(true);
        if (!QTest::qWaitForWindowExposed(window.get()))
            return "the window was not shown";
        return nullptr;
    }
};
