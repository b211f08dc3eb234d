#include "notices/tokensview.h"

#include "apiservice.h"
#include "tableviewsetup.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Steward {

namespace {
enum Column { TokenColumn, UsesColumn, PendingColumn, CompletedColumn, ExpiryColumn, StateColumn, ColumnCount };
}

TokenEditDialog::TokenEditDialog(ApiService *api, const RegistrationToken *existing, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_editing(existing != nullptr)
{
    setObjectName(QStringLiteral("tokenEditDialog"));
    setWindowTitle(m_editing ? tr("Edit Registration Token") : tr("New Registration Token"));
    auto *form = new QFormLayout;
    if (m_editing) {
        m_token = existing->token;
        auto *label = new QLabel(m_token, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Token:"), label);
    } else {
        m_generate = new QCheckBox(tr("&Generate a random token"), this);
        m_generate->setObjectName(QStringLiteral("tokenGenerateCheck"));
        m_generate->setChecked(true);
        m_length = new QSpinBox(this);
        m_length->setObjectName(QStringLiteral("tokenLengthSpin"));
        m_length->setRange(1, 64);
        m_length->setValue(16);
        m_length->setSuffix(tr(" characters"));
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("tokenTextEdit"));
        m_text->setPlaceholderText(tr("A-Z a-z 0-9 . _ ~ - (at most 64)"));
        m_text->setEnabled(false);
        connect(m_generate, &QCheckBox::toggled, this, [this](bool generate) {
            m_length->setEnabled(generate);
            m_text->setEnabled(!generate);
        });
        form->addRow(QString(), m_generate);
        form->addRow(tr("&Length:"), m_length);
        form->addRow(tr("Own &text:"), m_text);
    }
    m_limitUses = new QCheckBox(tr("&Limit the uses to"), this);
    m_limitUses->setObjectName(QStringLiteral("tokenLimitUsesCheck"));
    m_uses = new QSpinBox(this);
    m_uses->setObjectName(QStringLiteral("tokenUsesSpin"));
    m_uses->setRange(0, 1000000);
    m_uses->setValue(1);
    m_expires = new QCheckBox(tr("&Expires at"), this);
    m_expires->setObjectName(QStringLiteral("tokenExpiresCheck"));
    m_expiry = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), this);
    m_expiry->setObjectName(QStringLiteral("tokenExpiryEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setTimeSpec(Qt::LocalTime);
    m_expiry->setToolTip(tr("Local time"));
    if (m_editing) {
        m_limitUses->setChecked(existing->usesAllowed.has_value());
        m_uses->setValue(int(existing->usesAllowed.value_or(1)));
        m_expires->setChecked(existing->expiry.isValid());
        if (existing->expiry.isValid()) {
            m_expiry->setDateTime(existing->expiry.toLocalTime());
        }
    }
    m_uses->setEnabled(m_limitUses->isChecked());
    m_expiry->setEnabled(m_expires->isChecked());
    connect(m_limitUses, &QCheckBox::toggled, m_uses, &QWidget::setEnabled);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    auto *uses = new QHBoxLayout;
    uses->addWidget(m_limitUses);
    uses->addWidget(m_uses, 1);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiry, 1);
    form->addRow(tr("Uses:"), uses);
    form->addRow(tr("Expiry:"), expiry);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("tokenErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("tokenSaveButton"));
    m_ok->setText(m_editing ? tr("&Save") : tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TokenEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void TokenEditDialog::save()
{
    auto fail = [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
        m_ok->setEnabled(true);
    };
    const QDateTime expiry = m_expires->isChecked() ? m_expiry->dateTime().toUTC() : QDateTime();
    if (expiry.isValid() && expiry <= QDateTime::currentDateTimeUtc()) {
        fail(tr("The expiry is in the past: choose a later time."));
        return;
    }
    const std::optional<qint64> uses =
        m_limitUses->isChecked() ? std::optional<qint64>(m_uses->value()) : std::optional<qint64>();
    auto done = [this, fail](const Result<RegistrationToken> &r) {
        if (!r.ok()) {
            fail(RegistrationTokenApi::isManagedElsewhere(r.error()) ? RegistrationTokenApi::managedElsewhereText()
                                                                     : r.error().describe());
            return;
        }
        Q_EMIT saved(r.value());
        accept();
    };
    m_ok->setEnabled(false);
    m_error->hide();
    if (m_editing) {
        RegistrationTokenChanges c;
        c.usesAllowed = uses;
        c.expiry = expiry;
        RegistrationTokenApi::update(m_api, m_token, c, this, done);
        return;
    }
    NewRegistrationToken t;
    if (!m_generate->isChecked()) {
        t.token = m_text->text().trimmed();
        if (const QString problem = RegistrationTokenApi::tokenProblem(t.token); !problem.isEmpty()) {
            fail(problem);
            return;
        }
    }
    t.length = m_length->value();
    t.usesAllowed = uses;
    t.expiry = expiry;
    RegistrationTokenApi::create(m_api, t, this, done);
}

TokensView::TokensView(ApiService *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    setObjectName(QStringLiteral("tokensView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_create = new QPushButton(tr("&New Token…"), this);
    m_create->setObjectName(QStringLiteral("tokenCreateButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("tokenEditButton"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("tokenDeleteButton"));
    m_copy = new QPushButton(tr("&Copy Token"), this);
    m_copy->setObjectName(QStringLiteral("tokenCopyButton"));
    m_copy->setToolTip(tr("Copy the selected token to the clipboard"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("tokensRefreshButton"));
    for (QPushButton *b : { m_create, m_edit, m_delete, m_copy }) {
        bar->addWidget(b);
    }
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("tokensTable"));
    m_table->setAccessibleName(tr("Registration tokens"));
    m_table->setHorizontalHeaderLabels(
        { tr("Token"), tr("Uses allowed"), tr("Pending"), tr("Completed"), tr("Expires"), tr("State") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tokensStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &TokensView::reload);
    connect(m_create, &QPushButton::clicked, this, &TokensView::create);
    connect(m_edit, &QPushButton::clicked, this, &TokensView::edit);
    connect(m_delete, &QPushButton::clicked, this, &TokensView::remove);
    connect(m_copy, &QPushButton::clicked, this, &TokensView::copy);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TokensView::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &TokensView::edit);
    updateButtons();
}

QString TokensView::statusText() const
{
    return m_status->text();
}

void TokensView::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color:#b00020") : QString());
    m_status->setText(text);
}

void TokensView::reload()
{
    m_refresh->setEnabled(false);
    RegistrationTokenApi::list(m_api, this, [this](const Result<QList<RegistrationToken>> &r) {
        m_refresh->setEnabled(true);
        if (!r.ok()) {
            showTokens({});
            m_create->setEnabled(false);
            setStatus(RegistrationTokenApi::isManagedElsewhere(r.error())
                          ? RegistrationTokenApi::managedElsewhereText()
                          : tr("Could not read the registration tokens: %1").arg(r.error().describe()),
                      true);
            return;
        }
        m_create->setEnabled(true);
        showTokens(r.value());
        if (m_note.isEmpty()) {
            setStatus(tr("%n registration token(s).", nullptr, int(r->size())));
        } else {
            setStatus(m_note, m_noteIsError);
            m_note.clear();
        }
    });
}

void TokensView::reloadThen(const QString &note, bool error)
{
    m_note = note;
    m_noteIsError = error;
    reload();
}

void TokensView::showTokens(const QList<RegistrationToken> &tokens)
{
    m_tokens = tokens;
    const QLocale locale;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(tokens.size()));
    for (int row = 0; row < tokens.size(); ++row) {
        const RegistrationToken &t = tokens.at(row);
        auto set = [this, row](int column, const QString &text, const QVariant &sort = {}) {
            auto *item = new QTableWidgetItem(text);
            if (sort.isValid()) {
                item->setData(Qt::UserRole, sort);
            }
            item->setData(Qt::UserRole + 1, row);
            m_table->setItem(row, column, item);
        };
        set(TokenColumn, t.token);
        set(UsesColumn, t.usesAllowed ? locale.toString(*t.usesAllowed) : tr("unlimited"));
        set(PendingColumn, locale.toString(t.pending));
        set(CompletedColumn, locale.toString(t.completed));
        set(ExpiryColumn,
            t.expiry.isValid() ? locale.toString(t.expiry.toLocalTime(), QLocale::ShortFormat) : tr("never"));
        set(StateColumn, RegistrationToken::stateTitle(t.state()));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    updateButtons();
}

QList<RegistrationToken> TokensView::selected() const
{
    QList<RegistrationToken> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(TokenColumn)) {
        const int row = m_table->item(index.row(), TokenColumn)->data(Qt::UserRole + 1).toInt();
        out << m_tokens.value(row);
    }
    return out;
}

void TokensView::updateButtons()
{
    const int n = int(m_table->selectionModel()->selectedRows().size());
    m_edit->setEnabled(n == 1);
    m_copy->setEnabled(n == 1);
    m_delete->setEnabled(n > 0);
}

void TokensView::create()
{
    auto *dialog = new TokenEditDialog(m_api, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TokenEditDialog::saved, this, [this](const RegistrationToken &t) {
        QApplication::clipboard()->setText(t.token);
        reloadThen(tr("Created the token %1 (copied to the clipboard).").arg(t.token));
    });
    dialog->open();
}

void TokensView::edit()
{
    const QList<RegistrationToken> tokens = selected();
    if (tokens.size() != 1) {
        return;
    }
    auto *dialog = new TokenEditDialog(m_api, &tokens.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TokenEditDialog::saved, this,
            [this](const RegistrationToken &t) { reloadThen(tr("Changed the token %1.").arg(t.token)); });
    dialog->open();
}

void TokensView::remove()
{
    QStringList names;
    for (const RegistrationToken &t : selected()) {
        names << t.token;
    }
    if (names.isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Registration Tokens"),
                                tr("Delete %n registration token(s)? Nobody can register with them afterwards.\n\n%1",
                                   nullptr, int(names.size()))
                                    .arg(names.join(QLatin1Char('\n'))),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("tokenDeleteConfirm"));
    QPushButton *yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("tokenDeleteConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this, names]() {
        auto pending = std::make_shared<int>(int(names.size()));
        auto failures = std::make_shared<QStringList>();
        for (const QString &name : names) {
            RegistrationTokenApi::remove(
                m_api, name, this, [this, name, pending, failures, names](const Result<bool> &r) {
                    if (!r.ok()) {
                        failures->append(tr("%1: %2").arg(name, r.error().describe()));
                    }
                    if (--*pending > 0) {
                        return;
                    }
                    const int done = int(names.size() - failures->size());
                    QString text = tr("Deleted %n token(s).", nullptr, done);
                    if (!failures->isEmpty()) {
                        text += QLatin1Char(' ') + tr("Not deleted: %1").arg(failures->join(QStringLiteral("; ")));
                    }
                    reloadThen(text, !failures->isEmpty());
                });
        }
    });
    box->open();
}

void TokensView::copy()
{
    const QList<RegistrationToken> tokens = selected();
    if (tokens.size() == 1) {
        QApplication::clipboard()->setText(tokens.first().token);
        setStatus(tr("Copied %1 to the clipboard.").arg(tokens.first().token));
    }
}

} // namespace Steward
