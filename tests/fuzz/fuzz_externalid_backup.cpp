// libFuzzer target: reading an external-ID backup file (external-ids restore FILE.json).
#include "fuzzsupport.h"

#include "externalids/externalidbackup.h"

using namespace Steward;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    StewardFuzz::app();
    QString error;
    (void)ExternalIdBackup::read(StewardFuzz::scratchFile(data, size, ".json"), &error);
    return 0;
}
