#!/bin/sh
qemu-system-x86_64 -m 256 \
  -device '{"driver":"virtio-rng-pci", "id": "rng0"' \
  -nodefaults
