#pragma once

#include <QMessageBox>
#include <QString>

class QFileDialog;
class QLabel;
class QWidget;

namespace Steward {

/// Small set-up helpers every view, dialog and wizard page shares (objectNames for the tests and
/// accessible names for screen readers), and dialogs that never nest an event loop: each is opened
/// with open(), deletes itself on close and reports through its signals.
namespace Widgets {

/// Gives a widget its objectName and accessible name; returns it for chaining.
template<typename W>
W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

/// A word-wrapped, selectable label.
QLabel *wrappedLabel(const QString &text, QWidget *parent, const char *objectName);

/// A file dialog (not yet open; connect to fileSelected, then call open()) that deletes itself when
/// closed. saveSuffix non-empty: a save dialog adding that suffix; empty: choose an existing file.
QFileDialog *fileDialog(QWidget *parent, const char *objectName, const QString &title, const QString &path,
                        const QString &filter, const QString &saveSuffix = QString());

/// Opens a window-modal message (OK only) with open() and returns it; it deletes itself when closed.
QMessageBox *openMessage(QWidget *parent, const char *objectName, QMessageBox::Icon icon, const QString &title,
                         const QString &text);

} // namespace Widgets

} // namespace Steward
