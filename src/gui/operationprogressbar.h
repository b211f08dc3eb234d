#pragma once

#include "operation/operation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Steward {

/// A non-modal strip that follows one long Operation: its phase, a progress bar (busy while the
/// total is unknown), "1,234 of 10,000 · 412/s · about 21 s left", and a Cancel button. The rest of
/// the window stays usable; the strip hides itself when the operation finishes.
/// Child objectNames: <name>Label, <name>Bar, <name>CancelButton (name: this widget's objectName).
class OperationProgressBar : public QWidget
{
    Q_OBJECT
public:
    explicit OperationProgressBar(const QString &objectName, QWidget *parent = nullptr);

    /// Shows the strip and follows op until it finishes (op's cancel() on the button).
    void follow(Operation *op);
    Operation *operation() const { return m_op; }

private:
    void update();

    QPointer<Operation> m_op;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace Steward
