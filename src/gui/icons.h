#pragma once

#include <QIcon>

namespace Steward {

/// An icon from the desktop's icon theme, or the one bundled under :/icons/actions/ (same
/// freedesktop name) when the theme has none, so that a bare system still shows it.
QIcon themedIcon(const char *name);

} // namespace Steward
