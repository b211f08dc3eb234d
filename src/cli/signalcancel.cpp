#include "signalcancel.h"

#include <QObject>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Steward::Cli {

namespace {
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

void cancelOnSignals(QObject *owner, std::function<bool()> isCancelling, std::function<void()> cancel)
{
    if (signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, owner);
    QObject::connect(notifier, &QSocketNotifier::activated, owner,
                     [isCancelling = std::move(isCancelling), cancel = std::move(cancel)]() {
                         char byte;
                         [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
                         if (isCancelling()) {
                             std::signal(SIGINT, SIG_DFL);
                             std::signal(SIGTERM, SIG_DFL);
                             std::raise(SIGTERM);
                         }
                         cancel();
                     });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

} // namespace Steward::Cli
