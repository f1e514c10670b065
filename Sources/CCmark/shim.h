#ifndef BRIEFING_CCMARK_SHIM_H
#define BRIEFING_CCMARK_SHIM_H
// cmark, the CommonMark reference parser (Debian libcmark-dev, Homebrew cmark).
#include <cmark.h>
#endif
