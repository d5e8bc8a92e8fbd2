#!/bin/sh
# Two guests started by crosvm, written for AVP Studio's crosvm importer tests: every option maps.
crosvm run \
  --name cluster \
  --cpus num-cores=2 \
  --mem size=1024 \
  --block path=/var/lib/crosvm/cluster.img,ro=true,id=rootfs \
  --rwdisk /var/lib/crosvm/data.img \
  --net tap-name=crosvm_tap,mac=52:54:00:aa:bb:01 \
  --vsock cid=3 \
  --serial hardware=virtio-console \
  --gpu backend=virglrenderer \
  --display-window-keyboard \
  --display-window-mouse \
  --balloon-page-reporting \
  --shared-dir /srv/share:share:type=fs \
  --initrd /boot/cluster/initrd.img \
  -p "console=hvc0 root=/dev/vda" \
  /boot/cluster/vmlinuz

exec crosvm run -c 1 -m 512 --no-balloon --tap-name tap1 --input multi-touch \
  --vhost-user type=block,socket=/run/vhost/blk.sock \
  --bios /usr/share/crosvm/u-boot.bin
