#include "operationprogressbar.h"

#include "operation/operation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Steward {

OperationProgressBar::OperationProgressBar(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(objectName);
    m_label->setObjectName(objectName + QStringLiteral("Label"));
    m_bar->setObjectName(objectName + QStringLiteral("Bar"));
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(objectName + QStringLiteral("CancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the running operation"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (m_op) {
            m_cancel->setEnabled(false);
            m_op->cancel();
        }
    });
    setVisible(false);
}

void OperationProgressBar::follow(Operation *op)
{
    if (m_op) {
        disconnect(m_op, nullptr, this, nullptr);
    }
    m_op = op;
    connect(op, &Operation::progressChanged, this, &OperationProgressBar::update);
    connect(op, &Operation::finished, this, [this]() {
        m_op = nullptr;
        setVisible(false);
    });
    m_cancel->setEnabled(true);
    update();
    setVisible(true);
}

void OperationProgressBar::update()
{
    if (!m_op) {
        return;
    }
    const OperationProgress p = m_op->progress();
    const int percent = p.percent();
    if (percent < 0) {
        m_bar->setRange(0, 0); // busy
    } else {
        m_bar->setRange(0, 100);
        m_bar->setValue(percent);
    }
    m_label->setText(p.phase.isEmpty() ? p.text() : tr("%1: %2").arg(p.phase, p.text()));
}

} // namespace Steward
