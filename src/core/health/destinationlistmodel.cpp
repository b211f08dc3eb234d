#include "health/destinationlistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace Steward {

namespace {
using D = const FederationDestination &;

ListColumn<FederationDestination> column(const char *title, std::function<QVariant(D)> display,
                                         std::function<QVariant(D)> value = {}, Qt::Alignment alignment = {})
{
    ListColumn<FederationDestination> c;
    c.title = title;
    c.display = std::move(display);
    c.value = std::move(value);
    c.alignment = alignment;
    return c;
}

std::optional<qint64> lastRetry(D d)
{
    return d.retryLastTs ? std::optional<qint64>(d.retryLastTs) : std::nullopt;
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QList<ListColumn<FederationDestination>> destinationColumns()
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    return {
        column(QT_TRANSLATE_NOOP("Steward::DestinationListModel", "Destination"),
               [](D d) { return QVariant(d.destination); }),
        column(
            QT_TRANSLATE_NOOP("Steward::DestinationListModel", "Failing since"),
            [](D d) { return QVariant(DestinationListModel::formatTimestamp(d.failureTs)); },
            [](D d) { return optionalValue(d.failureTs); }),
        column(
            QT_TRANSLATE_NOOP("Steward::DestinationListModel", "Retry interval"),
            [](D d) { return QVariant(DestinationListModel::formatInterval(d.retryInterval)); },
            [](D d) { return QVariant(d.retryInterval); }, right),
        column(
            QT_TRANSLATE_NOOP("Steward::DestinationListModel", "Last retry"),
            [](D d) { return QVariant(DestinationListModel::formatTimestamp(lastRetry(d))); },
            [](D d) { return QVariant(d.retryLastTs); }),
        column(
            QT_TRANSLATE_NOOP("Steward::DestinationListModel", "Last successful stream ordering"),
            [](D d) {
                return QVariant(d.lastSuccessfulStreamOrdering ? QString::number(*d.lastSuccessfulStreamOrdering)
                                                               : QStringLiteral("—"));
            },
            [](D d) { return optionalValue(d.lastSuccessfulStreamOrdering); }, right),
    };
}
} // namespace

DestinationListModel::DestinationListModel(ApiService *api, QObject *parent)
    : PagedTableModel("Steward::DestinationListModel", destinationColumns(), false, parent)
    , m_api(api)
{ }

void DestinationListModel::setFailingOnly(bool failingOnly)
{
    if (failingOnly == m_failingOnly && isStarted()) {
        return;
    }
    m_failingOnly = failingOnly;
    setScanMode(failingOnly);
    resetList();
}

FederationDestination DestinationListModel::destinationAt(int row) const
{
    const FederationDestination *d = rowAt(row);
    return d ? *d : FederationDestination {};
}

ApiReply *DestinationListModel::fetch(qint64 from, int limit, Done done)
{
    return HealthApi::destinations(m_api, from, limit, this,
                                   [done = std::move(done), from](const Result<DestinationPage> &result) {
                                       if (!result.ok()) {
                                           done(Result<QList<FederationDestination>>(result.error()), -1, false);
                                           return;
                                       }
                                       const bool more = result->nextFrom && *result->nextFrom > from;
                                       done(result->destinations, result->total, more);
                                   });
}

QString DestinationListModel::formatInterval(qint64 ms)
{
    if (ms <= 0) {
        return QStringLiteral("—");
    }
    const qint64 s = ms / 1000;
    if (s < 60) {
        return tr("%1 s").arg(s);
    }
    if (s < 3600) {
        return tr("%1 min").arg(s / 60);
    }
    if (s < 86400) {
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    }
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString DestinationListModel::formatTimestamp(std::optional<qint64> ms)
{
    if (!ms || *ms <= 0) {
        return QStringLiteral("—");
    }
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace Steward
