#pragma once

#include "apiservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace Steward {

/// Make a local user admin of a room (default: the signed-in admin). Sends the request itself and
/// shows the server's refusal with the conditions it needs; stays open until it succeeds or is closed.
class MakeRoomAdminDialog : public QDialog
{
    Q_OBJECT
public:
    MakeRoomAdminDialog(ApiService *api, const QString &roomId, const QString &ownUserId,
                        const QStringList &localMembers, QWidget *parent = nullptr);

Q_SIGNALS:
    void succeeded(const QString &userId);

private:
    void submit();

    ApiService *m_api;
    QString m_roomId;
    QComboBox *m_user;
    QLabel *m_result;
    QPushButton *m_ok;
};

} // namespace Steward
