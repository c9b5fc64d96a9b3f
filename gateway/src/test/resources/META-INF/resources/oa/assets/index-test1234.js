console.log("oa test stub");
