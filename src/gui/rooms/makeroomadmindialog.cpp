#include "rooms/makeroomadmindialog.h"

#include "matrixid.h"
#include "rooms/roomsapi.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Steward {

MakeRoomAdminDialog::MakeRoomAdminDialog(ApiService *api, const QString &roomId, const QString &ownUserId,
                                         const QStringList &localMembers, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_roomId(roomId)
{
    setObjectName(QStringLiteral("makeRoomAdminDialog"));
    setWindowTitle(tr("Make Room Admin"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Give a user of this server the highest power level in %1. The server acts "
                                "through a local member who may change power levels, and invites the user if "
                                "they are not in the room yet.")
                                 .arg(roomId.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *label = new QLabel(tr("&User:"), this);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("makeAdminUserCombo"));
    m_user->setAccessibleName(tr("User to make room admin"));
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    QStringList users { ownUserId };
    for (const QString &m : localMembers) {
        if (m != ownUserId) {
            users << m;
        }
    }
    users.removeAll(QString());
    m_user->addItems(users);
    m_user->setCurrentIndex(0);
    label->setBuddy(m_user);
    layout->addWidget(label);
    layout->addWidget(m_user);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("makeAdminResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Make Admin"));
    m_ok->setObjectName(QStringLiteral("makeAdminButton"));
    m_ok->setAccessibleName(tr("Make admin"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("makeAdminCloseButton"));
    connect(m_ok, &QPushButton::clicked, this, &MakeRoomAdminDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 220);
}

void MakeRoomAdminDialog::submit()
{
    const QString user = m_user->currentText().trimmed();
    if (!MatrixId::isUserId(user)) {
        m_result->setText(tr("\"%1\" is not a user ID: enter one like @name:server.").arg(user));
        return;
    }
    m_ok->setEnabled(false);
    m_result->setText(tr("Asking the server…"));
    RoomsApi::makeRoomAdmin(m_api, m_roomId, user, this, [this, user](const Result<bool> &result) {
        m_ok->setEnabled(true);
        if (!result.ok()) {
            m_result->setText(RoomsApi::explainMakeRoomAdminError(result.error()));
            return;
        }
        m_result->setText(tr("%1 is now an admin of the room.").arg(user));
        Q_EMIT succeeded(user);
        accept();
    });
}

} // namespace Steward
