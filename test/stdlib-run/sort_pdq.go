package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type item struct {
	key, id int
}

// counting sorts items by key and counts the calls, which Go's algorithms fix as well.
type counting struct {
	xs           []item
	less, swaps  int
}

func (c *counting) Len() int { return len(c.xs) }
func (c *counting) Less(i, j int) bool {
	c.less++
	return c.xs[i].key < c.xs[j].key
}
func (c *counting) Swap(i, j int) {
	c.swaps++
	c.xs[i], c.xs[j] = c.xs[j], c.xs[i]
}

// digest folds the order of ids into one number.
func digest(xs []item) uint64 {
	var h uint64 = 1469598103934665603
	for _, x := range xs {
		h ^= uint64(x.id)
		h *= 1099511628211
	}
	return h
}

func gen(r *rand.Rand, n, pattern int) []item {
	xs := make([]item, n)
	for i := range xs {
		var k int
		switch pattern {
		case 0:
			k = r.Intn(n + 1)
		case 1:
			k = r.Intn(4)
		case 2:
			k = i
		case 3:
			k = n - i
		case 4:
			k = i % 7
		case 5:
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case 6:
			k = 5
		case 7:
			k = i
			if r.Intn(20) == 0 {
				k = r.Intn(n + 1)
			}
		case 8:
			k = (i * 7919) % 101
		}
		xs[i] = item{k, i}
	}
	return xs
}

func main() {
	r := rand.New(rand.NewSource(2022))
	sizes := []int{0, 1, 2, 5, 12, 13, 20, 21, 49, 50, 51, 100, 257, 1000}
	for _, n := range sizes {
		for p := 0; p < 9; p++ {
			xs := gen(r, n, p)
			a := &counting{xs: append([]item(nil), xs...)}
			sort.Sort(a)
			b := append([]item(nil), xs...)
			sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
			c := &counting{xs: append([]item(nil), xs...)}
			sort.Stable(c)
			d := append([]item(nil), xs...)
			sort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })
			ok := sort.IsSorted(a) && sort.SliceIsSorted(b, func(i, j int) bool { return b[i].key < b[j].key })
			fmt.Printf("n=%d p=%d sort=%x/%d/%d slice=%x stable=%x/%d/%d %v %v\n", n, p, digest(a.xs), a.less, a.swaps, digest(b), digest(c.xs), c.less, c.swaps, digest(c.xs) == digest(d), ok)
		}
	}
	ints := make([]int, 500)
	for i := range ints {
		ints[i] = r.Intn(50)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints[:20], sort.IsSorted(sort.Reverse(sort.IntSlice(ints))))
	fs := []float64{3, 1, 2, 0, -1}
	sort.Float64s(fs)
	ss := []string{"b", "a", "c"}
	sort.Strings(ss)
	fmt.Println(fs, ss, sort.SearchInts([]int{1, 3, 5}, 4))
}

// Output:
// n=0 p=0 sort=14650fb0739d0383/0/0 slice=14650fb0739d0383 stable=14650fb0739d0383/0/0 true true
// n=0 p=1 sort=14650fb0739d0383/0/0 slice=14650fb0739d0383 stable=14650fb0739d0383/0/0 true true
// n=0 p=2 sort=14650fb0739d0383/0/0 slice=14650fb0739d0383 stable=14650fb0739d0383/0/0 true true
// n=0 p=3 sort=14650fb0739d0383/0/0 slice=14650fb0739d0383 stable=14650fb0739d0383/0/0 true true
// n=0 p=4 sort=14650fb0739d0383/0/0 slice=14650fb0739d0383 stable=14650fb0739d0383/0/0 true true
// n=0 p=5 sort=14650fb0739d0383/0/0 slice=14650fb0739d0383 stable=14650fb0739d0383/0/0 true true
// n=0 p=6 sort=14650fb0739d0383/0/0 slice=14650fb0739d0383 stable=14650fb0739d0383/0/0 true true
// n=0 p=7 sort=14650fb0739d0383/0/0 slice=14650fb0739d0383 stable=14650fb0739d0383/0/0 true true
// n=0 p=8 sort=14650fb0739d0383/0/0 slice=14650fb0739d0383 stable=14650fb0739d0383/0/0 true true
// n=1 p=0 sort=44bd2bd473ccf799/0/0 slice=44bd2bd473ccf799 stable=44bd2bd473ccf799/0/0 true true
// n=1 p=1 sort=44bd2bd473ccf799/0/0 slice=44bd2bd473ccf799 stable=44bd2bd473ccf799/0/0 true true
// n=1 p=2 sort=44bd2bd473ccf799/0/0 slice=44bd2bd473ccf799 stable=44bd2bd473ccf799/0/0 true true
// n=1 p=3 sort=44bd2bd473ccf799/0/0 slice=44bd2bd473ccf799 stable=44bd2bd473ccf799/0/0 true true
// n=1 p=4 sort=44bd2bd473ccf799/0/0 slice=44bd2bd473ccf799 stable=44bd2bd473ccf799/0/0 true true
// n=1 p=5 sort=44bd2bd473ccf799/0/0 slice=44bd2bd473ccf799 stable=44bd2bd473ccf799/0/0 true true
// n=1 p=6 sort=44bd2bd473ccf799/0/0 slice=44bd2bd473ccf799 stable=44bd2bd473ccf799/0/0 true true
// n=1 p=7 sort=44bd2bd473ccf799/0/0 slice=44bd2bd473ccf799 stable=44bd2bd473ccf799/0/0 true true
// n=1 p=8 sort=44bd2bd473ccf799/0/0 slice=44bd2bd473ccf799 stable=44bd2bd473ccf799/0/0 true true
// n=2 p=0 sort=9a65ad00c545d5d2/2/1 slice=9a65ad00c545d5d2 stable=9a65ad00c545d5d2/1/1 true true
// n=2 p=1 sort=9a691200c548b748/2/0 slice=9a691200c548b748 stable=9a691200c548b748/1/0 true true
// n=2 p=2 sort=9a691200c548b748/2/0 slice=9a691200c548b748 stable=9a691200c548b748/1/0 true true
// n=2 p=3 sort=9a65ad00c545d5d2/2/1 slice=9a65ad00c545d5d2 stable=9a65ad00c545d5d2/1/1 true true
// n=2 p=4 sort=9a691200c548b748/2/0 slice=9a691200c548b748 stable=9a691200c548b748/1/0 true true
// n=2 p=5 sort=9a691200c548b748/2/0 slice=9a691200c548b748 stable=9a691200c548b748/1/0 true true
// n=2 p=6 sort=9a691200c548b748/2/0 slice=9a691200c548b748 stable=9a691200c548b748/1/0 true true
// n=2 p=7 sort=9a691200c548b748/2/0 slice=9a691200c548b748 stable=9a691200c548b748/1/0 true true
// n=2 p=8 sort=9a691200c548b748/2/0 slice=9a691200c548b748 stable=9a691200c548b748/1/0 true true
// n=5 p=0 sort=56fb3f45528d99a5/10/3 slice=56fb3f45528d99a5 stable=56fb3f45528d99a5/6/3 true true
// n=5 p=1 sort=526b8f6fc61e57f5/10/3 slice=526b8f6fc61e57f5 stable=526b8f6fc61e57f5/6/3 true true
// n=5 p=2 sort=e5ba15bc7930f079/8/0 slice=e5ba15bc7930f079 stable=e5ba15bc7930f079/4/0 true true
// n=5 p=3 sort=35cbde77073fe599/14/10 slice=35cbde77073fe599 stable=35cbde77073fe599/10/10 true true
// n=5 p=4 sort=e5ba15bc7930f079/8/0 slice=e5ba15bc7930f079 stable=e5ba15bc7930f079/4/0 true true
// n=5 p=5 sort=f71aa9bc830c84a5/11/3 slice=f71aa9bc830c84a5 stable=f71aa9bc830c84a5/7/3 true true
// n=5 p=6 sort=e5ba15bc7930f079/8/0 slice=e5ba15bc7930f079 stable=e5ba15bc7930f079/4/0 true true
// n=5 p=7 sort=e5ba15bc7930f079/8/0 slice=e5ba15bc7930f079 stable=e5ba15bc7930f079/4/0 true true
// n=5 p=8 sort=1cfbc2cd20abc4db/11/3 slice=1cfbc2cd20abc4db stable=1cfbc2cd20abc4db/7/3 true true
// n=12 p=0 sort=b3040a2b31cfa85d/54/32 slice=b3040a2b31cfa85d stable=b3040a2b31cfa85d/43/32 true true
// n=12 p=1 sort=d3a445d5dbd60a75/46/27 slice=d3a445d5dbd60a75 stable=d3a445d5dbd60a75/35/27 true true
// n=12 p=2 sort=4826f1f3c9db65d7/22/0 slice=4826f1f3c9db65d7 stable=4826f1f3c9db65d7/11/0 true true
// n=12 p=3 sort=c04ae17d77d9f357/77/66 slice=c04ae17d77d9f357 stable=c04ae17d77d9f357/66/66 true true
// n=12 p=4 sort=af77eb9c01a4a915/42/20 slice=af77eb9c01a4a915 stable=af77eb9c01a4a915/31/20 true true
// n=12 p=5 sort=e1d9783325af595d/47/25 slice=e1d9783325af595d stable=e1d9783325af595d/36/25 true true
// n=12 p=6 sort=4826f1f3c9db65d7/22/0 slice=4826f1f3c9db65d7 stable=4826f1f3c9db65d7/11/0 true true
// n=12 p=7 sort=4826f1f3c9db65d7/22/0 slice=4826f1f3c9db65d7 stable=4826f1f3c9db65d7/11/0 true true
// n=12 p=8 sort=7128886f1789b4cf/50/28 slice=7128886f1789b4cf stable=7128886f1789b4cf/39/28 true true
// n=13 p=0 sort=b725142a58b8a31/48/19 slice=b725142a58b8a31 stable=aeeec3e6f2e8e9c1/43/34 true true
// n=13 p=1 sort=bcde956e48dc31f1/39/6 slice=bcde956e48dc31f1 stable=6f47b34de331a36d/35/23 true true
// n=13 p=2 sort=7592fc3fffce1321/27/0 slice=7592fc3fffce1321 stable=7592fc3fffce1321/12/0 true true
// n=13 p=3 sort=c9b31a2d2e207391/45/18 slice=c9b31a2d2e207391 stable=c9b31a2d2e207391/78/78 true true
// n=13 p=4 sort=5c94f0bb6698f0fd/47/18 slice=5c94f0bb6698f0fd stable=cd82cd16cadc9773/33/21 true true
// n=13 p=5 sort=dc88eb9036b65675/46/15 slice=dc88eb9036b65675 stable=57ef413d4081dba1/43/31 true true
// n=13 p=6 sort=7592fc3fffce1321/27/0 slice=7592fc3fffce1321 stable=7592fc3fffce1321/12/0 true true
// n=13 p=7 sort=ef238e379c0237d1/45/5 slice=ef238e379c0237d1 stable=ef238e379c0237d1/15/3 true true
// n=13 p=8 sort=d19497c4fefe2759/53/18 slice=d19497c4fefe2759 stable=d19497c4fefe2759/40/28 true true
// n=20 p=0 sort=b498a601f6ba3cd1/87/39 slice=b498a601f6ba3cd1 stable=3062f50c32f168bf/96/79 true true
// n=20 p=1 sort=597f341781783477/81/23 slice=597f341781783477 stable=215738acb69a3747/54/35 true true
// n=20 p=2 sort=4139cfc87e128467/41/0 slice=4139cfc87e128467 stable=4139cfc87e128467/19/0 true true
// n=20 p=3 sort=a7fa3f8a758e75ef/74/28 slice=a7fa3f8a758e75ef stable=a7fa3f8a758e75ef/190/190 true true
// n=20 p=4 sort=97215530ba18724b/102/54 slice=97215530ba18724b stable=bdc10c7e4e67c807/82/63 true true
// n=20 p=5 sort=7fc3d88c7f91c5fd/95/48 slice=7fc3d88c7f91c5fd stable=a30a58ad6570e0f1/100/81 true true
// n=20 p=6 sort=4139cfc87e128467/41/0 slice=4139cfc87e128467 stable=4139cfc87e128467/19/0 true true
// n=20 p=7 sort=8ded52492517bb4f/86/8 slice=8ded52492517bb4f stable=bc60b2742e98b62f/22/3 true true
// n=20 p=8 sort=e1d86b7420f82a5f/112/46 slice=e1d86b7420f82a5f stable=e1d86b7420f82a5f/91/72 true true
// n=21 p=0 sort=99b3d82db494b829/93/36 slice=99b3d82db494b829 stable=f7932e27c3935565/107/106 true true
// n=21 p=1 sort=4c04aa24cdd194d7/83/29 slice=4c04aa24cdd194d7 stable=fdc9f7c34aabd653/103/93 true true
// n=21 p=2 sort=e7c084ae39770f69/43/0 slice=e7c084ae39770f69 stable=e7c084ae39770f69/23/0 true true
// n=21 p=3 sort=de5e00088b30d2a9/77/30 slice=de5e00088b30d2a9 stable=de5e00088b30d2a9/195/210 true true
// n=21 p=4 sort=e61620cc378a576d/105/54 slice=e61620cc378a576d stable=d6d04d9f3a58f849/86/63 true true
// n=21 p=5 sort=ebdb747db6d369d/92/41 slice=ebdb747db6d369d stable=834c84f1e343710d/96/91 true true
// n=21 p=6 sort=e7c084ae39770f69/43/0 slice=e7c084ae39770f69 stable=e7c084ae39770f69/23/0 true true
// n=21 p=7 sort=656412d8525bbf81/81/11 slice=656412d8525bbf81 stable=3bbd2203189753e1/44/22 true true
// n=21 p=8 sort=36f3108313409069/112/42 slice=36f3108313409069 stable=36f3108313409069/96/88 true true
// n=49 p=0 sort=a14043591d27828d/284/98 slice=a14043591d27828d stable=b0c2eb82f85ca94d/330/344 true true
// n=49 p=1 sort=73b5965c79324b1f/217/31 slice=73b5965c79324b1f stable=a1796ee9bcd38dc1/235/227 true true
// n=49 p=2 sort=612af0c207679929/99/0 slice=612af0c207679929 stable=612af0c207679929/61/0 true true
// n=49 p=3 sort=3a4d030c5cb30ac9/235/72 slice=3a4d030c5cb30ac9 stable=3a4d030c5cb30ac9/433/496 true true
// n=49 p=4 sort=a1c5f0eb5e6532b/234/43 slice=a1c5f0eb5e6532b stable=e9955605da676f69/275/277 true true
// n=49 p=5 sort=d20e2bfde1702ed7/283/107 slice=d20e2bfde1702ed7 stable=9853b651f8e34fc7/297/295 true true
// n=49 p=6 sort=612af0c207679929/99/0 slice=612af0c207679929 stable=612af0c207679929/61/0 true true
// n=49 p=7 sort=a3efeb77b029dc3f/215/14 slice=a3efeb77b029dc3f stable=cd499ae0a5a8ca71/86/26 true true
// n=49 p=8 sort=9c77c14cead83327/313/129 slice=9c77c14cead83327 stable=9c77c14cead83327/300/311 true true
// n=50 p=0 sort=821aba1071843e5c/303/94 slice=821aba1071843e5c stable=3c2f7779efdd73fe/375/378 true true
// n=50 p=1 sort=1884f89ad6e5f8b6/274/34 slice=1884f89ad6e5f8b6 stable=4254356bce183eca/268/252 true true
// n=50 p=2 sort=839031b2950923c8/110/0 slice=839031b2950923c8 stable=839031b2950923c8/61/0 true true
// n=50 p=3 sort=ea894a6653430792/110/25 slice=ea894a6653430792 stable=ea894a6653430792/444/509 true true
// n=50 p=4 sort=7ef7d3b037e14468/245/42 slice=7ef7d3b037e14468 stable=249cf34b576afe0a/284/289 true true
// n=50 p=5 sort=c522fc77d178fad0/300/116 slice=c522fc77d178fad0 stable=aeaae07d3106ce30/298/294 true true
// n=50 p=6 sort=839031b2950923c8/110/0 slice=839031b2950923c8 stable=839031b2950923c8/61/0 true true
// n=50 p=7 sort=764b634e501c139c/280/63 slice=764b634e501c139c stable=453a47660f263254/119/69 true true
// n=50 p=8 sort=6b34da5b9142ecbe/329/133 slice=6b34da5b9142ecbe stable=6b34da5b9142ecbe/303/311 true true
// n=51 p=0 sort=1e7fa9516bd82552/324/104 slice=1e7fa9516bd82552 stable=2d5617273e01ed52/349/372 true true
// n=51 p=1 sort=229384651095b56c/233/33 slice=229384651095b56c stable=ac3d45328065f908/305/300 true true
// n=51 p=2 sort=97286c733e8821ce/112/0 slice=97286c733e8821ce stable=97286c733e8821ce/61/0 true true
// n=51 p=3 sort=52346ffdd63f93d2/112/25 slice=52346ffdd63f93d2 stable=52346ffdd63f93d2/451/525 true true
// n=51 p=4 sort=6387eb713d30b894/252/43 slice=6387eb713d30b894 stable=d8379c622281318a/296/292 true true
// n=51 p=5 sort=dd7654d53549e92e/315/124 slice=dd7654d53549e92e stable=9c62a969afb285f8/305/301 true true
// n=51 p=6 sort=97286c733e8821ce/112/0 slice=97286c733e8821ce stable=97286c733e8821ce/61/0 true true
// n=51 p=7 sort=25060adec259e5e8/269/47 slice=25060adec259e5e8 stable=25060adec259e5e8/115/111 true true
// n=51 p=8 sort=d7ae1ed552a214d8/349/117 slice=d7ae1ed552a214d8 stable=d7ae1ed552a214d8/311/319 true true
// n=100 p=0 sort=c136a4ff83370cef/711/227 slice=c136a4ff83370cef stable=84d73646ae25559d/783/898 true true
// n=100 p=1 sort=20b3ae8112c11aaf/451/56 slice=20b3ae8112c11aaf stable=e2ee9eb1195465b9/637/709 true true
// n=100 p=2 sort=5ca7581a242be567/210/0 slice=5ca7581a242be567 stable=5ca7581a242be567/122/0 true true
// n=100 p=3 sort=d9f7fc0466dafddf/210/50 slice=d9f7fc0466dafddf stable=d9f7fc0466dafddf/985/1162 true true
// n=100 p=4 sort=a01cc5578e3f9839/557/82 slice=a01cc5578e3f9839 stable=e34e5b0afc94254f/733/823 true true
// n=100 p=5 sort=7affb67e5a80ca85/729/279 slice=7affb67e5a80ca85 stable=f8bf22b09ab4179/672/735 true true
// n=100 p=6 sort=5ca7581a242be567/210/0 slice=5ca7581a242be567 stable=5ca7581a242be567/122/0 true true
// n=100 p=7 sort=8fe8969965fc6443/929/280 slice=8fe8969965fc6443 stable=c8a9cc37f821bcd1/254/235 true true
// n=100 p=8 sort=7d1f37e276201e01/776/249 slice=7d1f37e276201e01 stable=7d1f37e276201e01/808/887 true true
// n=257 p=0 sort=13bc8681f0df2edf/2334/753 slice=13bc8681f0df2edf stable=ed4243369e17a69/2626/3408 true true
// n=257 p=1 sort=7519749722f67ff/1231/148 slice=7519749722f67ff stable=354c97b293f2cd9d/1742/2213 true true
// n=257 p=2 sort=a0cc2ed4a7f24a99/524/0 slice=a0cc2ed4a7f24a99 stable=a0cc2ed4a7f24a99/320/0 true true
// n=257 p=3 sort=627dcfaeb63b0c99/524/128 slice=627dcfaeb63b0c99 stable=627dcfaeb63b0c99/2511/3286 true true
// n=257 p=4 sort=e515e7e742224c39/1519/246 slice=e515e7e742224c39 stable=ae8bc879f404d131/2047/2770 true true
// n=257 p=5 sort=bf29c7261a3cb67b/2212/697 slice=bf29c7261a3cb67b stable=9f93fecec56e2b8f/1812/2241 true true
// n=257 p=6 sort=a0cc2ed4a7f24a99/524/0 slice=a0cc2ed4a7f24a99 stable=a0cc2ed4a7f24a99/320/0 true true
// n=257 p=7 sort=d57c48aaec1d5b13/2228/407 slice=d57c48aaec1d5b13 stable=4dbc200094766335/626/905 true true
// n=257 p=8 sort=59694ff56f39de7/2236/633 slice=59694ff56f39de7 stable=c7fac7c9324ea0e1/2600/3187 true true
// n=1000 p=0 sort=44cf92137b04fd13/10864/3305 slice=44cf92137b04fd13 stable=d03235fdef1609bb/12496/20010 true true
// n=1000 p=1 sort=4d7e2bfd692af387/5063/482 slice=4d7e2bfd692af387 stable=95bac72887517ec9/6866/10288 true true
// n=1000 p=2 sort=9e2d4968de3331c3/2010/0 slice=9e2d4968de3331c3 stable=9e2d4968de3331c3/1229/0 true true
// n=1000 p=3 sort=441501082ff4231b/2010/500 slice=441501082ff4231b stable=441501082ff4231b/9842/13832 true true
// n=1000 p=4 sort=ec15308266baf499/4999/712 slice=ec15308266baf499 stable=cd3e45777822e683/8596/15145 true true
// n=1000 p=5 sort=3be3ae686c380e2b/10697/3327 slice=3be3ae686c380e2b stable=da4bca05f8b355a7/7208/9929 true true
// n=1000 p=6 sort=9e2d4968de3331c3/2010/0 slice=9e2d4968de3331c3 stable=9e2d4968de3331c3/1229/0 true true
// n=1000 p=7 sort=aaba79b93b7c7abf/12747/3967 slice=aaba79b93b7c7abf stable=499c3f795949c667/2424/5145 true true
// n=1000 p=8 sort=e26ffc6080dc5789/9288/1808 slice=e26ffc6080dc5789 stable=c1924ba20edfcdbb/12574/18831 true true
// [49 49 49 49 49 49 49 49 49 49 49 49 49 49 48 48 48 48 48 48] true
// [-1 0 1 2 3] [a b c] 2
