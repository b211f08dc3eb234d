// libFuzzer target: the media purge cutoff a person types (--before DATE[THH:MM[:SS]]), read in a
// zone with daylight saving time and in UTC.
#include "fuzzsupport.h"

#include "media/mediapurgecutoff.h"

#include <QTimeZone>

using namespace Steward;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StewardFuzz::app();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    (void)MediaPurgeCutoff::parseDate(text, berlin);
    (void)MediaPurgeCutoff::parseDate(text, QTimeZone::utc());
    return 0;
}
