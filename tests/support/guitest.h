#pragma once

#include <QDialog>
#include <QFileDialog>
#include <QObject>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

namespace StewardTest {

/// Base of the GUI tests: settings and data go to QStandardPaths' test locations (~/.qttest), never
/// into the user's own, from the moment the test object exists.
class GuiTest : public QObject
{
public:
    GuiTest() { QStandardPaths::setTestModeEnabled(true); }
};

/// The dialog seam. Every dialog in src/ is opened with open() (no nested event loop) and has an
/// objectName: a test waits for it by name, then answers it through its own widgets and signals.
/// Returns nullptr when no visible child of parent with that name appeared in time.
template<typename T = QDialog>
T *waitForDialog(QObject *parent, const char *name, int timeoutMs = 5000)
{
    T *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&]() {
            dialog = parent->findChild<T *>(QLatin1String(name));
            return dialog && dialog->isVisible();
        },
        timeoutMs);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

/// Answers a file dialog as a person choosing path would, and closes it.
inline void chooseFile(QFileDialog *dialog, const QString &path)
{
    Q_EMIT dialog->fileSelected(path);
    dialog->close();
}

/// Clicks the dialog's button named "okButton"; false when it is missing or disabled.
inline bool clickOk(QWidget *dialog)
{
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    if (!ok || !ok->isEnabled()) {
        return false;
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    return true;
}

} // namespace StewardTest
