#!/bin/sh
# A crosvm command whose last option lost its value, written for AVP Studio's crosvm importer tests.
crosvm run \
  --mem 512 \
  --block /images/root.img \
  --initrd
