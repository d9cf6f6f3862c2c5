/* Diff test: rp_files.c that writes different bytes to its second file (d/c.txt). */
#define RP_VARIANT 1
#include "rp_files.c"
