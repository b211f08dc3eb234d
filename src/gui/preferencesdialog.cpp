#include "preferencesdialog.h"

#include "apiservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Steward {

namespace {
const QString kTimeoutKey = QStringLiteral("Network/timeoutSeconds");
}

PreferencesDialog::PreferencesDialog(ApiService *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_timeout(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_timeout->setObjectName(QStringLiteral("networkTimeoutSpin"));
    m_timeout->setAccessibleName(tr("Network timeout in seconds"));
    m_timeout->setRange(minimumTimeoutSeconds, maximumTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(int(networkTimeout().count()));
    auto *help = new QLabel(tr("How long Steward waits for a server that accepted a request but sends nothing "
                               "before it gives up on that attempt. Default: %1 s.")
                                .arg(defaultTimeoutSeconds),
                            this);
    help->setObjectName(QStringLiteral("networkTimeoutHelp"));
    help->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Network timeout:"), m_timeout);
    form->addRow(help);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

std::chrono::seconds PreferencesDialog::networkTimeout()
{
    bool ok = false;
    const int value = QSettings().value(kTimeoutKey, defaultTimeoutSeconds).toInt(&ok);
    if (!ok || value < minimumTimeoutSeconds || value > maximumTimeoutSeconds) {
        return std::chrono::seconds(defaultTimeoutSeconds);
    }
    return std::chrono::seconds(value);
}

void PreferencesDialog::applyTo(ApiService *api)
{
    api->setTransferTimeout(networkTimeout());
}

void PreferencesDialog::save()
{
    QSettings().setValue(kTimeoutKey, m_timeout->value());
    applyTo(m_api);
}

} // namespace Steward
