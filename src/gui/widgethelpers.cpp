#include "widgethelpers.h"

#include <QFileDialog>
#include <QLabel>

namespace Steward::Widgets {

QLabel *wrappedLabel(const QString &text, QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QFileDialog *fileDialog(QWidget *parent, const char *objectName, const QString &title, const QString &path,
                        const QString &filter, const QString &saveSuffix)
{
    auto *dialog = new QFileDialog(parent, title, path, filter);
    dialog->setObjectName(QLatin1String(objectName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (saveSuffix.isEmpty()) {
        dialog->setFileMode(QFileDialog::ExistingFile);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(saveSuffix);
    }
    return dialog;
}

QMessageBox *openMessage(QWidget *parent, const char *objectName, QMessageBox::Icon icon, const QString &title,
                         const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QLatin1String(objectName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace Steward::Widgets
