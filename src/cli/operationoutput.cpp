#include "operationoutput.h"

#include "clicontext.h"
#include "operation/operation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace Steward::Cli {

namespace {
struct OperationOutputText
{
    Q_DECLARE_TR_FUNCTIONS(Steward::Cli::OperationOutput)
};
} // namespace

void printProgress(CliContext &ctx, Operation *operation, std::function<QString(const OperationProgress &)> text)
{
    struct Pace
    {
        QElapsedTimer clock;
        qint64 lastPrinted = -1;
    };
    auto pace = std::make_shared<Pace>();
    pace->clock.start();
    const bool tty = isatty(fileno(stderr));
    QObject::connect(operation, &Operation::progressChanged, operation,
                     [&ctx, tty, pace, text = std::move(text)](const OperationProgress &p) {
                         if ((p.done < p.total && pace->clock.elapsed() < 1000) || p.done == pace->lastPrinted) {
                             return; // at most one progress line a second, each once
                         }
                         pace->lastPrinted = p.done;
                         pace->clock.restart();
                         ctx.err() << (text ? text(p) : p.text()) << (tty && p.done < p.total ? "\x1b[K\r" : "\n");
                         ctx.err().flush();
                     });
}

bool writeReportFile(CliContext &ctx, const QString &path, const std::function<bool(QIODevice *)> &write)
{
    if (path.isEmpty()) {
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(&file) || !file.commit()) {
        ctx.err() << OperationOutputText::tr("could not write the report %1: %2").arg(path, file.errorString())
                  << Qt::endl;
        return false;
    }
    ctx.err() << OperationOutputText::tr("Report written to %1").arg(path) << Qt::endl;
    return true;
}

} // namespace Steward::Cli
