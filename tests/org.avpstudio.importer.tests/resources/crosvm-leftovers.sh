#!/bin/bash
KERNEL=/boot/vmlinuz
crosvm --log-level debug run \
  --cpus 2,clusters=[[0,1]] \
  --mem 2048 \
  --disable-sandbox \
  --block /images/root.img,sparse=false,o_direct=true \
  --host-ip 192.168.30.1 --netmask 255.255.255.0 --mac 52:54:00:aa:bb:02 \
  --serial type=file,path=/tmp/serial.log,num=1 \
  --cpu-affinity 0=4:1=5 \
  --wayland-sock /run/wayland-0 \
  --shared-dir /srv/p9:p9tag:cache=always \
  --vfio /sys/bus/pci/devices/0000:02:00.0 \
  --pmem-device /images/pmem.img \
  -p "root=/dev/vda" \
  "$KERNEL"
