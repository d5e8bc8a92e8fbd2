#!/bin/sh
set -e
DISK=/srv/hmi.img
qemu-img create -f raw "$DISK" 1G
exec qemu-system-aarch64 -M virt,gic-version=3 -cpu max -m 2G -smp cpus=4 \
  -kernel /boot/Image -initrd /boot/initrd -append "console=hvc0 quiet" \
  -drive file="$DISK",if=none,id=d0,format=raw \
  -device virtio-blk-device,drive=d0 \
  -device '{"driver":"virtio-gpu-pci","max_outputs":2}' -device virtio-keyboard-pci -device virtio-tablet-pci \
  -virtfs local,path=/srv/share,mount_tag=share,security_model=none,readonly=on \
  -device i6300esb -action watchdog=poweroff -device virtio-balloon-pci -S
