// libFuzzer target: reading a bulk-join journal (a file on disk that a crash, a full disk or a person
// may have damaged) as --resume does.
#include "fuzzsupport.h"

#include "bulkjoin/bulkjoinjournal.h"

using namespace Steward;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StewardFuzz::app();
    QString error;
    const auto loaded = BulkJoinJournal::load(StewardFuzz::scratchFile(data, size, ".journal"), &error);
    if (loaded) {
        (void)loaded->remaining();
    }
    return 0;
}
