#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace Steward::Cli {

class CliCommand;

/// Every command steward-cli knows, in --help order.
QList<CliCommand *> createCommands(QObject *parent);

} // namespace Steward::Cli
