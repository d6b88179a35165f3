#pragma once

#include "app/DialogProvider.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewPeriodDialog;
}

namespace strongtrust::app {

// Trust ▸ New Period…: the period's label and title, and the framework it is
// rated on: the latest period's, this version's built-in one where that is
// another, or a framework file (checked before the dialog closes).
class NewPeriodDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPeriodDialog(const NewPeriodOffer &offer, QWidget *parent = nullptr);
    ~NewPeriodDialog() override;

    NewPeriodRequest request() const;

private:
    int choice() const; // a FrameworkChoice
    void acceptIfValid();
    void updateNote();

    std::unique_ptr<Ui::NewPeriodDialog> m_ui;
    NewPeriodOffer m_offer;
};

} // namespace strongtrust::app
