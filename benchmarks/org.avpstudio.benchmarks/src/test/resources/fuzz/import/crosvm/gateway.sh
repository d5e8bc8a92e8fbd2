#!/bin/bash
set -eu
KERNEL=/boot/gw/Image
crosvm --log-level=info run \
  --name gateway --cpus 2 --cpu-affinity 0=2:1=3 -m 768 \
  --block /srv/gw.img,ro=false,sparse=true \
  --net tap-name=gw0 --vsock 7 --rng --sound /dev/snd \
  --shared-dir "/srv/config:cfg:type=p9" \
  --params 'console=hvc0 quiet' --serial type=stdout,hardware=virtio-console,console=true \
  "$KERNEL" > /var/log/gw.log 2>&1 &
wait
