#pragma once

#include "health/destinationlistmodel.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Steward {

class DestinationReset;
class ServerSession;

/// Federation destinations: the shared paged list (filter: failing only), details of the selected
/// destination with the rooms this server shares with it, and "Reset Connection" for the selected
/// destinations (previewed and confirmed; the outcome per destination is shown).
class FederationView : public QWidget
{
    Q_OBJECT
public:
    FederationView(ServerSession *session, QWidget *parent = nullptr);

    DestinationListModel *model() const { return m_model; }
    void reload();
    void setFailingOnly(bool failingOnly);
    /// Selected (loaded) destinations.
    QStringList selectedDestinations() const;

Q_SIGNALS:
    /// A room in the details was activated: show it in the rooms page.
    void roomActivated(const QString &roomId);

private:
    void updateStatus();
    void showDetails();
    void resetSelected();

    ServerSession *m_session;
    DestinationListModel *m_model;
    QCheckBox *m_failingOnly;
    QPushButton *m_resetButton;
    QLabel *m_status;
    QLabel *m_outcome; ///< what the last reset did
    QTableView *m_table;
    QLabel *m_detailsTitle;
    QLabel *m_details;
    QTreeWidget *m_rooms;
    QString m_shown;
    QPointer<DestinationReset> m_reset;
};

} // namespace Steward
