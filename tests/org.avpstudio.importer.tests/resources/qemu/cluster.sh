#!/bin/sh
# starts the instrument cluster
set -e
DISK=/var/lib/avp/cluster-data.img
mkdir -p /run/avp
exec qemu-system-aarch64 \
  -name cluster \
  -machine virt,gic-version=3 \
  -cpu max \
  -m 1G \
  -smp cpus=2 \
  -kernel /boot/Image-cluster \
  -initrd /boot/initrd-cluster \
  -append "console=hvc0 root=/dev/vda rw" \
  -drive if=virtio,id=rootfs,file=/var/lib/avp/cluster.qcow2,format=qcow2 \
  -drive "if=virtio,file=$DISK,format=raw" \
  -device '{"driver": "virtio-net-device",
            "netdev": "n0", "id": "eth0", "mac": "52:54:00:00:00:02", "iommu_platform": true}' \
  -netdev user,id=n0 \
  -nic user,model=virtio-net-pci,mac=52:54:00:00:00:03,id=eth1 \
  -device '{"driver":"virtio-gpu-device","id":"gpu0"}' \
  -device virtio-mouse-device,id=pointer \
  -chardev socket,id=vfs,path=/run/avp/fs.sock \
  -device vhost-user-fs-pci,chardev=vfs,tag=config,id=config \
  -virtfs local,path=/srv/logs,mount_tag=logs,security_model=none,id=logs \
  -object rng-builtin,id=rb \
  -device virtio-rng-device,rng=rb,id=rng0 \
  -serial chardev:uart \
  -chardev pty,id=uart \
  -display none \
  "$@"
