/*
 * Reads an xl.cfg with Xen's own configuration parser (libxlutil, Debian package libxen-dev) and parses every
 * disk specification with xlu_disk_parse, printing what xl would use. Exit 1 on any syntax error.
 * Built and run by XenParserTest; a Xen host is not needed to parse.
 */
#include <stdio.h>
#include <string.h>
#include <libxl.h>
#include <libxlutil.h>
int main(int argc, char **argv) {
    XLU_Config *config = xlu_cfg_init(stderr, argv[1]);
    if (!config) return 3;
    if (xlu_cfg_readfile(config, argv[1])) { fprintf(stderr, "%s: xl.cfg syntax error\n", argv[1]); return 1; }
    const char *name;
    if (xlu_cfg_get_string(config, "name", &name, 0)) { fprintf(stderr, "no name\n"); return 1; }
    printf("name %s\n", name);
    XLU_ConfigList *disks; int count;
    if (!xlu_cfg_get_list(config, "disk", &disks, &count, 0)) {
        for (int i = 0; i < count; i++) {
            const char *spec = xlu_cfg_get_listitem(disks, i);
            libxl_device_disk disk; libxl_device_disk_init(&disk);
            const char *copy = spec;
            if (xlu_disk_parse(config, 1, &copy, &disk)) { fprintf(stderr, "bad disk spec: %s\n", spec); return 1; }
            printf("disk %s vdev=%s format=%d readwrite=%d backend=%s\n", disk.pdev_path, disk.vdev, disk.format, disk.readwrite, disk.backend_domname ? disk.backend_domname : "-");
            libxl_device_disk_dispose(&disk);
        }
    }
    xlu_cfg_destroy(config);
    return 0;
}
