#ifndef SWIFT_BRIEFING_CLIBXML2_SHIM_H
#define SWIFT_BRIEFING_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and its headers pull in ICU's; a module that imports both
// Foundation and libxml2 then fails with "'UErrorCode' has different definitions in different
// modules". Nothing here needs ICU, so the ICU part of the headers is switched off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlmemory.h>
#include <libxml/globals.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

// `xmlFree` is a mutable C global, which Swift 6 refuses to touch; call it through a function.
static inline void cbx_xmlFree(void *pointer) { xmlFree(pointer); }

// The structured error handler in force on this thread, and its context (macros over per-thread
// globals in libxml2), so that a caller can put back what it found instead of resetting it.
static inline xmlStructuredErrorFunc cbx_structuredErrorFunction(void) { return xmlStructuredError; }
static inline void *cbx_structuredErrorContext(void) { return xmlStructuredErrorContext; }

#endif
