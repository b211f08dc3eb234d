#pragma once

#include "clicommand.h"
#include "csvwriter.h"
#include "pageguard.h"
#include "roomsapi.h"

#include <QFile>

#include <memory>

namespace Steward {
class ServerSession;
}

namespace Steward::Cli {

/// steward-cli [--profile NAME] rooms list [--search TERM] [--format csv|json]
///
/// Streams: each page is written to standard output as it arrives (CSV rows, or the elements of one
/// JSON array), so no listing is held in memory whatever its size.
class RoomsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("rooms"); }
    QString summary() const override;
    void run(CliContext &ctx, const QStringList &args) override;

private:
    void fetch(CliContext &ctx, ServerSession *session, int from);
    /// Writes one page; false when standard output cannot be written.
    bool write(const QList<RoomSummary> &rooms);
    bool end();

    RoomListQuery m_query;
    bool m_json = false;
    std::unique_ptr<QFile> m_stdout;
    std::unique_ptr<CsvWriter> m_csv;
    qint64 m_written = 0;
    PageGuard m_guard;
};

} // namespace Steward::Cli
