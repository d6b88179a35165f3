#pragma once

#include "app/DialogProvider.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewPeriodDialog;
}

namespace strongtrust::app {

// Trust ▸ New Period…: the period's label and title and, where this version
// of strongtrust has a framework the latest period does not use, whether the
// new period moves to it.
class NewPeriodDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewPeriodDialog(const NewPeriodOffer &offer, QWidget *parent = nullptr);
    ~NewPeriodDialog() override;

    NewPeriodRequest request() const;

private:
    void updateNote();

    std::unique_ptr<Ui::NewPeriodDialog> m_ui;
    NewPeriodOffer m_offer;
};

} // namespace strongtrust::app
