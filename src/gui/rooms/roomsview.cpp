#include "rooms/roomsview.h"

#include "matrixid.h"
#include "operationprogressbar.h"
#include "rooms/roomdetailspanel.h"
#include "rooms/roomexport.h"
#include "selectionkeeper.h"
#include "serversession.h"
#include "tableviewsetup.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Steward {

RoomsView::RoomsView(ServerSession *session, JoinUsersHandler joinUsers, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_joinUsers(std::move(joinUsers))
    , m_model(new RoomListModel(session->api(), this))
{
    setObjectName(QStringLiteral("roomsView"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("roomsSearchEdit"));
    m_search->setAccessibleName(tr("Search rooms"));
    m_search->setPlaceholderText(tr("Search by name, alias or exact room ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_search, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_publicFilter = new QComboBox(this);
    m_publicFilter->setObjectName(QStringLiteral("roomsPublicFilter"));
    m_publicFilter->setAccessibleName(tr("Public rooms filter"));
    m_publicFilter->addItem(tr("Public and private"));
    m_publicFilter->addItem(tr("Public (in the directory) only"));
    m_publicFilter->addItem(tr("Not in the directory only"));
    m_emptyFilter = new QComboBox(this);
    m_emptyFilter->setObjectName(QStringLiteral("roomsEmptyFilter"));
    m_emptyFilter->setAccessibleName(tr("Empty rooms filter"));
    m_emptyFilter->addItem(tr("With or without members"));
    m_emptyFilter->addItem(tr("Empty rooms only"));
    m_emptyFilter->addItem(tr("Rooms with members only"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("roomsRefreshButton"));
    m_refresh->setAccessibleName(tr("Refresh rooms"));
    m_joinSelected = new QPushButton(tr("&Join Users to Selected Rooms…"), this);
    m_joinSelected->setObjectName(QStringLiteral("roomsJoinUsersButton"));
    m_joinSelected->setAccessibleName(tr("Join users to the selected rooms"));
    m_joinSelected->setEnabled(false);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportRoomsButton"));
    m_export->setAccessibleName(tr("Export rooms as CSV or JSON"));
    m_export->setToolTip(tr("Export every room matching the search and filters (Ctrl+E)"));
    bar->addWidget(m_search, 2);
    bar->addWidget(m_publicFilter);
    bar->addWidget(m_emptyFilter);
    // The actions get a row of their own: with the search and the filters in one row the view would not
    // fit a 900-pixel window.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_refresh);
    actions->addWidget(m_joinSelected);
    // The room directory: publish / unpublish the selected rooms (the "Public" column and filter show it).
    auto *directory = new QPushButton(tr("&Directory"), this);
    directory->setObjectName(QStringLiteral("roomsDirectoryButton"));
    directory->setAccessibleName(tr("Room directory actions for the selected rooms"));
    directory->setToolTip(tr("Publish the selected rooms in the server's room directory, or remove them from it"));
    directory->setEnabled(false);
    auto *directoryMenu = new QMenu(directory);
    directoryMenu->setObjectName(QStringLiteral("roomsDirectoryMenu"));
    QAction *publish = directoryMenu->addAction(tr("&Publish in the Directory"));
    publish->setObjectName(QStringLiteral("roomsPublishAction"));
    connect(publish, &QAction::triggered, this, [this]() { setSelectedPublished(true); });
    QAction *unpublish = directoryMenu->addAction(tr("&Remove from the Directory"));
    unpublish->setObjectName(QStringLiteral("roomsUnpublishAction"));
    connect(unpublish, &QAction::triggered, this, [this]() { setSelectedPublished(false); });
    directory->setMenu(directoryMenu);
    actions->addWidget(directory);
    actions->addWidget(m_export);
    actions->addStretch(1);
    layout->addLayout(bar);
    layout->addLayout(actions);

    m_exportProgress = new OperationProgressBar(QStringLiteral("roomsExportProgress"), this);
    layout->addWidget(m_exportProgress);

    m_errorFrame = new QFrame(this);
    m_errorFrame->setObjectName(QStringLiteral("roomsErrorFrame"));
    m_errorFrame->setFrameShape(QFrame::StyledPanel);
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    m_errorLabel = new QLabel(m_errorFrame);
    m_errorLabel->setObjectName(QStringLiteral("roomsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_retry = new QPushButton(tr("Re&try"), m_errorFrame);
    m_retry->setObjectName(QStringLiteral("roomsRetryButton"));
    m_retry->setAccessibleName(tr("Retry loading rooms"));
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_retry);
    m_errorFrame->setVisible(false);
    layout->addWidget(m_errorFrame);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("roomsOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setVisible(false);
    layout->addWidget(m_outcome);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("roomsSplitter"));
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("roomsTable"));
    m_table->setAccessibleName(tr("Rooms"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(RoomColumns::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    TableViews::setUp(m_table, { RoomColumns::RoomId, QStringLiteral("roomsEmptyLabel") });
    m_details = new RoomDetailsPanel(session->api(), split);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 700, 500 });
    layout->addWidget(split, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("roomsStatusLabel"));
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_model, &RoomListModel::setSearchTerm);
    connect(m_search, &QLineEdit::returnPressed, this, [this]() { m_model->setSearchTermNow(m_search->text()); });
    connect(m_publicFilter, &QComboBox::currentIndexChanged, this, &RoomsView::applyFilters);
    connect(m_emptyFilter, &QComboBox::currentIndexChanged, this, &RoomsView::applyFilters);
    connect(m_refresh, &QPushButton::clicked, this, &RoomsView::refresh);
    connect(m_retry, &QPushButton::clicked, m_model, &RoomListModel::retry);
    connect(m_export, &QPushButton::clicked, this, &RoomsView::chooseExportFile);
    auto *exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &RoomsView::chooseExportFile);
    connect(m_joinSelected, &QPushButton::clicked, this, [this]() {
        if (m_joinUsers) {
            m_joinUsers(selectedRoomIds());
        }
    });
    connect(m_model, &RoomListModel::statusChanged, this, &RoomsView::updateStatus);
    connect(m_model, &RoomListModel::modelReset, this, [this]() { m_details->clear(); });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!RoomListModel::isSortable(column)) {
            // Put the indicator back: the server cannot sort by this column.
            QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            m_status->setText(tr("The server cannot sort by \"%1\".").arg(RoomColumns::title(column)));
        }
    });
    connect(m_details, &RoomDetailsPanel::joinUsersRequested, this, [this](const QStringList &ids) {
        if (m_joinUsers) {
            m_joinUsers(ids);
        }
    });
    connect(m_details, &RoomDetailsPanel::roomChanged, this, [this]() { updateStatus(); });
    connect(m_details, &RoomDetailsPanel::outcome, this, &RoomsView::showOutcome);
    // A deleted room leaves the list: read the list again (what the server has now).
    connect(m_details, &RoomDetailsPanel::roomDeleted, this, &RoomsView::refresh);
    connect(m_details, &RoomDetailsPanel::roomActivated, this, &RoomsView::openRoom);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QStringList ids = selectedRoomIds();
        if (ids.isEmpty()) {
            return;
        }
        auto *menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("roomsContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        QAction *join = menu->addAction(tr("Join Users to %n Room(s)…", nullptr, int(ids.size())));
        connect(join, &QAction::triggered, this, [this, ids]() {
            if (m_joinUsers) {
                m_joinUsers(ids);
            }
        });
        menu->addSeparator();
        menu->addAction(tr("&Publish in the Directory"), this, [this]() { setSelectedPublished(true); });
        menu->addAction(tr("&Remove from the Directory"), this, [this]() { setSelectedPublished(false); });
        menu->popup(m_table->viewport()->mapToGlobal(pos)); // no nested event loop
    });
    connect(m_session, &ServerSession::stateChanged, this, &RoomsView::onSessionState);
    onSessionState();
}

void RoomsView::onSessionState()
{
    const bool connected = m_session->state() == ServerSession::State::Connected;
    if (connected && !m_attached) {
        const QString userId = m_session->status().whoAmI.userId;
        m_details->setIdentity(userId, MatrixId::serverName(userId));
        m_table->setModel(m_model);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &RoomsView::onSelectionChanged);
        new SelectionKeeper(m_model, m_table->selectionModel(), m_table->selectionModel());
        m_attached = true;
        m_model->refresh();
    } else if (!connected && m_attached) {
        m_table->setModel(nullptr);
        m_details->clear();
        m_attached = false;
    }
    setEnabled(connected);
    updateStatus();
}

void RoomsView::refresh()
{
    if (m_attached) {
        m_model->refresh();
    }
}

void RoomsView::showOutcome(const QString &text, bool error)
{
    m_outcome->setStyleSheet(error ? QStringLiteral("color:#b00020") : QString());
    m_outcome->setText(text);
    m_outcome->setVisible(!text.isEmpty());
}

void RoomsView::setSelectedPublished(bool published)
{
    const QStringList ids = selectedRoomIds();
    if (ids.isEmpty()) {
        return;
    }
    auto pending = std::make_shared<int>(int(ids.size()));
    auto failures = std::make_shared<QStringList>();
    for (const QString &id : ids) {
        RoomsApi::setPublished(
            m_session->api(), id, published, this,
            [this, id, published, pending, failures, n = int(ids.size())](const Result<bool> &r) {
                if (!r.ok()) {
                    failures->append(tr("%1: %2").arg(id, r.error().describe()));
                }
                if (--*pending > 0) {
                    return;
                }
                const int done = n - int(failures->size());
                QString text = published ? tr("Published %n room(s) in the directory.", nullptr, done)
                                         : tr("Removed %n room(s) from the directory.", nullptr, done);
                if (!failures->isEmpty()) {
                    text += QLatin1Char(' ')
                        + tr("%n failed: %1", nullptr, int(failures->size())).arg(failures->join(QStringLiteral("; ")));
                }
                showOutcome(text, !failures->isEmpty());
                refresh();
            });
    }
}

QString RoomsView::outcomeText() const
{
    return m_outcome->text();
}

void RoomsView::chooseExportFile()
{
    if (m_exportJob) {
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export Rooms"), QDir::homePath() + QStringLiteral("/rooms.csv"));
    dialog->setObjectName(QStringLiteral("exportRoomsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({ tr("CSV files (*.csv)"), tr("JSON files (*.json)") });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.json")) ? QStringLiteral("json")
                                                                          : QStringLiteral("csv"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &RoomsView::exportTo);
    dialog->open();
}

void RoomsView::exportTo(const QString &path)
{
    if (m_exportJob || !m_attached) {
        return;
    }
    auto *job = new RoomExport(m_session->api(), this);
    job->setQuery(m_model->query());
    job->setFormat(path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? RoomExport::Format::Json
                                                                              : RoomExport::Format::Csv);
    connect(job, &Operation::finished, this, [this, job]() {
        showOutcome(job->summary(), job->status() != RoomExport::Status::Succeeded);
        m_export->setEnabled(true);
        job->deleteLater();
    });
    if (!job->start(path)) {
        showOutcome(job->errorString(), true);
        job->deleteLater();
        return;
    }
    m_exportJob = job;
    m_export->setEnabled(false);
    m_exportProgress->follow(job);
}

void RoomsView::applyFilters()
{
    const auto tri = [](int index) -> std::optional<bool> {
        return index == 0 ? std::nullopt : std::optional<bool>(index == 1);
    };
    m_model->setPublicFilter(tri(m_publicFilter->currentIndex()));
    m_model->setEmptyFilter(tri(m_emptyFilter->currentIndex()));
}

QStringList RoomsView::selectedRoomIds() const
{
    QStringList ids;
    if (!m_table->selectionModel()) {
        return ids;
    }
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << index.data(RoomListModel::RoomIdRole).toString();
    }
    return ids;
}

void RoomsView::onSelectionChanged()
{
    const QStringList ids = selectedRoomIds();
    m_joinSelected->setEnabled(!ids.isEmpty());
    if (auto *directory = findChild<QPushButton *>(QStringLiteral("roomsDirectoryButton"))) {
        directory->setEnabled(!ids.isEmpty());
    }
    m_details->showRoom(ids.size() == 1 ? ids.first() : QString());
}

void RoomsView::openRoom(const QString &roomId)
{
    m_pendingRoom = roomId;
    m_search->setText(roomId); // the server's search matches an exact room ID
    m_model->setSearchTermNow(roomId);
    updateStatus();
}

void RoomsView::updateStatus()
{
    if (!m_attached) {
        m_status->setText(tr("Not connected."));
        m_errorFrame->setVisible(false);
        TableViews::setEmptyText(m_table, tr("Not connected."));
        return;
    }
    QString empty;
    if (m_model->rowCount() == 0 && !m_model->isLoading() && !m_model->hasError() && m_model->totalRooms() >= 0) {
        const QString term = m_model->searchTerm().trimmed();
        empty = term.isEmpty() ? tr("No rooms.") : tr("No room matches \"%1\".").arg(term);
    }
    TableViews::setEmptyText(m_table, empty);
    // Once the server has answered the search for the room (a total is known), select it.
    if (!m_pendingRoom.isEmpty() && !m_model->isLoading() && m_model->totalRooms() >= 0
        && m_model->searchTerm() == m_pendingRoom) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, RoomColumns::RoomId).data(RoomListModel::RoomIdRole).toString() == m_pendingRoom) {
                m_table->selectRow(row);
                m_table->scrollTo(m_model->index(row, RoomColumns::RoomId));
                break;
            }
        }
        m_pendingRoom.clear();
    }
    QString text = m_model->statusText();
    if (m_model->isLoading() && m_model->totalRooms() >= 0) {
        text += tr(" — loading more…");
    }
    m_status->setText(text);
    m_errorFrame->setVisible(m_model->hasError());
    if (m_model->hasError()) {
        m_errorLabel->setText(tr("Rooms could not be loaded: %1").arg(m_model->lastError().describe()));
    }
}

} // namespace Steward
