#include "health/federationview.h"

#include "health/destinationreset.h"
#include "icons.h"
#include "selectionkeeper.h"
#include "serversession.h"
#include "tableviewsetup.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Steward {

FederationView::FederationView(ServerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DestinationListModel(session->api(), this))
{
    setObjectName(QStringLiteral("federationView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_failingOnly = new QCheckBox(tr("&Failing only"), this);
    m_failingOnly->setObjectName(QStringLiteral("federationFailingOnly"));
    m_failingOnly->setToolTip(tr("Only the servers this server is backing off from (every page is read to find them)"));
    m_resetButton = new QPushButton(themedIcon("view-refresh"), tr("&Reset Connection…"), this);
    m_resetButton->setObjectName(QStringLiteral("federationResetButton"));
    m_resetButton->setToolTip(tr("Make the server forget its back-off from the selected servers and try them now"));
    m_resetButton->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("federationStatusLabel"));
    bar->addWidget(m_failingOnly);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_resetButton);
    layout->addLayout(bar);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("federationOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setVisible(false);
    layout->addWidget(m_outcome);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("federationTable"));
    m_table->setAccessibleName(tr("Federation destinations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableViews::setUp(m_table, { -1, QStringLiteral("federationEmptyLabel") });
    m_table->setModel(m_model);
    new SelectionKeeper(m_model, m_table->selectionModel(), m_table->selectionModel());

    auto *details = new QWidget(split);
    details->setObjectName(QStringLiteral("federationDetailsPanel"));
    auto *detailsLayout = new QVBoxLayout(details);
    m_detailsTitle = new QLabel(details);
    m_detailsTitle->setObjectName(QStringLiteral("federationDetailsTitle"));
    m_details = new QLabel(details);
    m_details->setObjectName(QStringLiteral("federationDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rooms = TableViews::makeTree(details, "federationRoomsTree", tr("Rooms shared with the destination"),
                                   { tr("Room ID"), tr("Last event sent (stream ordering)") });
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_rooms, 1);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_failingOnly, &QCheckBox::toggled, this, &FederationView::setFailingOnly);
    connect(m_resetButton, &QPushButton::clicked, this, &FederationView::resetSelected);
    connect(m_model, &PagedListModel::statusChanged, this, &FederationView::updateStatus);
    connect(m_model, &PagedListModel::rowsLoaded, this, &FederationView::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        m_resetButton->setEnabled(!selectedDestinations().isEmpty() && !m_reset);
        showDetails();
    });
    connect(m_rooms, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT roomActivated(item->text(0)); });
    connect(session, &ServerSession::stateChanged, this, [this](ServerSession::State state) {
        if (state == ServerSession::State::Connected) {
            reload();
        }
    });
    updateStatus();
}

void FederationView::reload()
{
    if (m_session->state() == ServerSession::State::Connected) {
        m_model->reload();
        m_shown.clear();
        showDetails();
    }
}

void FederationView::setFailingOnly(bool failingOnly)
{
    if (m_failingOnly->isChecked() != failingOnly) {
        m_failingOnly->setChecked(failingOnly); // comes back here through toggled
        return;
    }
    if (m_session->state() == ServerSession::State::Connected) {
        m_model->setFailingOnly(failingOnly);
    }
}

QStringList FederationView::selectedDestinations() const
{
    QStringList out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const QString name = m_model->destinationAt(index.row()).destination;
        if (!name.isEmpty()) {
            out << name;
        }
    }
    return out;
}

void FederationView::updateStatus()
{
    QString empty;
    if (m_model->hasError()) {
        m_status->setText(tr("Could not read the destinations: %1").arg(m_model->lastError().describe()));
    } else if (m_model->total() < 0) {
        m_status->setText(m_model->isLoading() ? tr("Loading…") : QString());
    } else if (m_model->failingOnly()) {
        m_status->setText(
            m_model->isComplete()
                ? tr("%1 failing of %2 destinations").arg(m_model->total()).arg(m_model->serverTotal())
                : tr("%1 failing so far, reading %2 destinations…").arg(m_model->total()).arg(m_model->serverTotal()));
        if (m_model->isComplete() && m_model->total() == 0) {
            empty = tr("No failing destinations: the server reaches every server it federates with.");
        }
    } else {
        m_status->setText(tr("%n destination(s)", nullptr, int(m_model->total())));
        if (m_model->total() == 0) {
            empty = tr("No federation destinations: this server has not exchanged events with any other server.");
        }
    }
    TableViews::setEmptyText(m_table, empty);
}

void FederationView::showDetails()
{
    const QStringList selected = selectedDestinations();
    const QString name = selected.size() == 1 ? selected.first() : QString();
    if (name == m_shown) {
        return;
    }
    m_shown = name;
    m_rooms->clear();
    if (name.isEmpty()) {
        m_detailsTitle->setText(selected.size() > 1 ? tr("%n destination(s) selected", nullptr, int(selected.size()))
                                                    : tr("Select a destination to see its details."));
        m_details->clear();
        return;
    }
    m_detailsTitle->setText(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()));
    m_details->setText(tr("Loading…"));
    HealthApi::destination(m_session->api(), name, this, [this, name](const Result<FederationDestination> &d) {
        if (name != m_shown) {
            return;
        }
        if (!d.ok()) {
            m_details->setText(d.error().describe());
            return;
        }
        m_details->setText(
            tr("Failing: %1<br>Last retry: %2<br>Retry interval: %3<br>Last successful stream ordering: %4")
                .arg(d->isFailing() ? tr("yes, since %1").arg(DestinationListModel::formatTimestamp(d->failureTs))
                                    : tr("no"),
                     DestinationListModel::formatTimestamp(d->retryLastTs ? std::optional<qint64>(d->retryLastTs)
                                                                          : std::nullopt),
                     DestinationListModel::formatInterval(d->retryInterval),
                     d->lastSuccessfulStreamOrdering ? QString::number(*d->lastSuccessfulStreamOrdering)
                                                     : QStringLiteral("—")));
    });
    HealthApi::destinationRooms(
        m_session->api(), name, 0, 500, this, [this, name](const Result<DestinationRoomsPage> &r) {
            if (name != m_shown) {
                return;
            }
            if (!r.ok()) {
                TableViews::setEmptyText(m_rooms, r.error().describe());
                return;
            }
            for (const DestinationRoom &room : r->rooms) {
                new QTreeWidgetItem(m_rooms, { room.roomId, QString::number(room.streamOrdering) });
            }
            TableViews::setEmptyText(m_rooms, r->rooms.isEmpty() ? tr("No shared rooms.") : QString());
            m_details->setText(m_details->text() + QStringLiteral("<br>") + tr("Rooms shared: %1").arg(r->total));
        });
}

void FederationView::resetSelected()
{
    const QStringList names = selectedDestinations();
    if (names.isEmpty() || m_reset) {
        return;
    }
    auto *reset = new DestinationReset(m_session->api(), names, this);
    m_reset = reset;
    m_resetButton->setEnabled(false);
    m_status->setText(tr("Checking the selected destinations…"));
    connect(reset, &DestinationReset::planReady, this, [this, reset]() {
        QStringList lines;
        for (const DestinationReset::Item &item : reset->items()) {
            lines << (item.outcome.status == ItemStatus::Planned
                          ? tr("%1: will be reset").arg(item.destination)
                          : tr("%1: %2 (%3)")
                                .arg(item.destination, itemStatusTitle(item.outcome.status), item.outcome.reason));
        }
        const int planned = reset->tally().planned;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Reset Connection"),
                                    planned ? tr("Reset the connection to %n server(s)? The server forgets that "
                                                 "they failed and sends to them again at once.",
                                                 nullptr, planned)
                                            : tr("Nothing to reset."),
                                    planned ? QMessageBox::Cancel : QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("federationResetConfirm"));
        box->setDetailedText(lines.join(u'\n'));
        box->setInformativeText(lines.mid(0, 10).join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (planned) {
            QPushButton *go = box->addButton(tr("&Reset Connection"), QMessageBox::AcceptRole);
            go->setObjectName(QStringLiteral("federationResetConfirmButton"));
            connect(go, &QPushButton::clicked, this, [this, reset]() {
                m_status->setText(tr("Resetting…"));
                connect(reset, &DestinationReset::finished, this, [this, reset]() {
                    QStringList failed;
                    for (const DestinationReset::Item &item : reset->items()) {
                        if (item.outcome.status != ItemStatus::Done && item.outcome.status != ItemStatus::Skipped) {
                            failed << tr("%1: %2").arg(item.destination, item.outcome.reason);
                        }
                    }
                    m_outcome->setText(tr("Reset connection: %1").arg(reset->tally().summary())
                                       + (failed.isEmpty() ? QString() : QStringLiteral(" — ") + failed.join(u"; ")));
                    m_outcome->setVisible(true);
                    reset->deleteLater();
                    m_model->refresh();
                    m_shown.clear();
                    showDetails();
                    m_resetButton->setEnabled(!selectedDestinations().isEmpty());
                });
                reset->run();
            });
        }
        connect(box, &QMessageBox::rejected, this, [this, reset]() {
            if (reset->state() == Operation::State::Planned) {
                reset->deleteLater();
                updateStatus();
                m_resetButton->setEnabled(!selectedDestinations().isEmpty());
            }
        });
        box->open();
    });
    reset->plan();
}

} // namespace Steward
