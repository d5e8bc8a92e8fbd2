crosvm run --cpus 99999999999999999999 --mem size=-5 --block path=,ro=maybe --net mac=zz --vsock cid=x "unclosed
