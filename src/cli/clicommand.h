#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace Steward::Cli {

class CliContext;

/// One top-level command ("server-info", "users", "bulk-join", ...). run() may work asynchronously;
/// it ends by calling ctx.finish(code) exactly once.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0;
    /// One line for the --help listing.
    virtual QString summary() const = 0;
    /// args: what follows the command name on the command line.
    virtual void run(CliContext &ctx, const QStringList &args) = 0;
};

} // namespace Steward::Cli
